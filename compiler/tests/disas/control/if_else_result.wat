;; An `if`/`else` whose arms leave their results in one place.

(module
  (func (export "f") (param $c i32) (param $a i32) (result i32)
    (if (result i32) (local.get $c) (then (i32.add (local.get $a) (i32.const 1))) (else (i32.mul (local.get $a) (i32.const 3))))))

;; function 0 (export "f"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000045
;;     1e: mov     eax,[rbp+0x18]
;;     23: test    eax,eax
;;     26: je      0x000000000000003A
;;     2c: mov     eax,[rbp+0x10]
;;     31: add     eax,1
;;     35: jmp     0x0000000000000043
;;     3a: imul    eax,[rbp+0x10],3
;;     43: leave
;;     44: ret
;;     45: cmp     dword ptr [r11+0x14],0
;;     4e: jne     0x0000000000000064
;;     54: cmp     rax,[r11+0x38]
;;     59: jb      0x000000000000007E
;;     5f: jmp     0x000000000000001E
;;     64: mov     r11,[r14]
;;     69: mov     qword ptr [r11+0x18],0x20
;;     72: mov     eax,0xA
;;     78: mov     rsp,[r11+8]
;;     7d: ret
;;     7e: mov     r11,[r14]
;;     83: mov     qword ptr [r11+0x18],0x20
;;     8c: mov     eax,9
;;     92: mov     rsp,[r11+8]
;;     97: ret
