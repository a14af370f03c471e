;; `lt_s` of two locals, materialised as 0 or 1.

(module
  (func (export "f") (param $a i32) (param $b i32) (result i32)
    (i32.lt_s (local.get $a) (local.get $b))))

;; function 0 (export "f"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000034
;;     1e: mov     eax,[rbp+0x18]
;;     23: cmp     eax,[rbp+0x10]
;;     28: setl    al
;;     2c: movzx   eax,al
;;     30: leave
;;     31: ret     0x10
;;     34: cmp     dword ptr [r11+0x14],0
;;     3d: jne     0x0000000000000053
;;     43: cmp     rax,[r11+0x38]
;;     48: jb      0x000000000000006D
;;     4e: jmp     0x000000000000001E
;;     53: mov     r11,[r14]
;;     58: mov     qword ptr [r11+0x18],0x20
;;     61: mov     eax,0xA
;;     67: mov     rsp,[r11+8]
;;     6c: ret
;;     6d: mov     r11,[r14]
;;     72: mov     qword ptr [r11+0x18],0x20
;;     7b: mov     eax,9
;;     81: mov     rsp,[r11+8]
;;     86: ret
