;; `call_ref`: a null test of the reference, then the call through it; unlike
;; `call_indirect` no signature check (the validator proved the type).

(module
  (type $sig (func (param i32) (result i32)))
  (func (export "f") (param $f (ref null $sig)) (param $a i32) (result i32)
    (call_ref $sig (local.get $a) (local.get $f))))

;; function 0 (export "f"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x50]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000047
;;     1e: mov     rax,[rbp+0x18]
;;     23: push    qword ptr [rbp+0x10]
;;     28: test    rax,rax
;;     2b: je      0x000000000000009A
;;     31: mov     r11,r14
;;     34: mov     r14,[rax+8]
;;     39: call    qword ptr [rax]
;;     3e: mov     r14,[rbp-8]
;;     43: leave
;;     44: ret     0x10
;;     47: cmp     dword ptr [r11+0x14],0
;;     50: jne     0x0000000000000066
;;     56: cmp     rax,[r11+0x38]
;;     5b: jb      0x0000000000000080
;;     61: jmp     0x000000000000001E
;;     66: mov     r11,[r14]
;;     6b: mov     qword ptr [r11+0x18],0x26
;;     74: mov     eax,0xA
;;     7a: mov     rsp,[r11+8]
;;     7f: ret
;;     80: mov     r11,[r14]
;;     85: mov     qword ptr [r11+0x18],0x26
;;     8e: mov     eax,9
;;     94: mov     rsp,[r11+8]
;;     99: ret
;;     9a: mov     r11,[r14]
;;     9f: mov     qword ptr [r11+0x18],0x2B
;;     a8: mov     eax,0xE
;;     ae: mov     rsp,[r11+8]
;;     b3: ret
