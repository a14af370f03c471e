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
;;     18: jb      0x0000000000000047
;;     1e: mov     eax,[rbp+0x18]
;;     23: test    eax,eax
;;     26: je      0x000000000000003A
;;     2c: mov     eax,[rbp+0x10]
;;     31: add     eax,1
;;     35: jmp     0x0000000000000043
;;     3a: imul    eax,[rbp+0x10],3
;;     43: leave
;;     44: ret     0x10
;;     47: cmp     dword ptr [r11+0x14],0
;;     50: jne     0x0000000000000066
;;     56: cmp     rax,[r11+0x38]
;;     5b: jb      0x0000000000000080
;;     61: jmp     0x000000000000001E
;;     66: mov     r11,[r14]
;;     6b: mov     qword ptr [r11+0x18],0x20
;;     74: mov     eax,0xA
;;     7a: mov     rsp,[r11+8]
;;     7f: ret
;;     80: mov     r11,[r14]
;;     85: mov     qword ptr [r11+0x18],0x20
;;     8e: mov     eax,9
;;     94: mov     rsp,[r11+8]
;;     99: ret
