;; `ref.cast` to a concrete function type, inline: a null test, then one compare of the
;; `VMFuncRef`'s engine-wide type id with an immediate; either failure jumps to the
;; cast-failure trap stub.

(module
  (type $sig (func (param i32) (result i32)))
  (func (export "f") (param $r funcref) (result (ref $sig))
    (ref.cast (ref $sig) (local.get $r))))

;; function 0 (export "f"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x000000000000003F
;;     1e: mov     rax,[rbp+0x10]
;;     23: test    rax,rax
;;     26: je      0x0000000000000092
;;     2c: cmp     dword ptr [rax+0x10],0
;;     35: jne     0x0000000000000092
;;     3b: leave
;;     3c: ret     8
;;     3f: cmp     dword ptr [r11+0x14],0
;;     48: jne     0x000000000000005E
;;     4e: cmp     rax,[r11+0x38]
;;     53: jb      0x0000000000000078
;;     59: jmp     0x000000000000001E
;;     5e: mov     r11,[r14]
;;     63: mov     qword ptr [r11+0x18],0x25
;;     6c: mov     eax,0xA
;;     72: mov     rsp,[r11+8]
;;     77: ret
;;     78: mov     r11,[r14]
;;     7d: mov     qword ptr [r11+0x18],0x25
;;     86: mov     eax,9
;;     8c: mov     rsp,[r11+8]
;;     91: ret
;;     92: mov     r11,[r14]
;;     97: mov     qword ptr [r11+0x18],0x28
;;     a0: mov     eax,0x13
;;     a6: mov     rsp,[r11+8]
;;     ab: ret
