;; Both operands computed into registers of their own.

(module
  (func (export "f") (param $a i32) (param $b i32) (param $c i32) (result i32)
    (i32.add (i32.mul (local.get $a) (local.get $b)) (i32.xor (local.get $b) (local.get $c)))))

;; function 0 (export "f"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x000000000000003A
;;     1e: mov     eax,[rbp+0x20]
;;     23: imul    eax,[rbp+0x18]
;;     29: mov     ecx,[rbp+0x18]
;;     2e: xor     ecx,[rbp+0x10]
;;     33: add     eax,ecx
;;     36: leave
;;     37: ret     0x18
;;     3a: cmp     dword ptr [r11+0x14],0
;;     43: jne     0x0000000000000059
;;     49: cmp     rax,[r11+0x38]
;;     4e: jb      0x0000000000000073
;;     54: jmp     0x000000000000001E
;;     59: mov     r11,[r14]
;;     5e: mov     qword ptr [r11+0x18],0x21
;;     67: mov     eax,0xA
;;     6d: mov     rsp,[r11+8]
;;     72: ret
;;     73: mov     r11,[r14]
;;     78: mov     qword ptr [r11+0x18],0x21
;;     81: mov     eax,9
;;     87: mov     rsp,[r11+8]
;;     8c: ret
