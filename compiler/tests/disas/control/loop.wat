;; A loop: its header tests the interrupt flag.

(module
  (func (export "f") (param $n i32)
    (loop $l (br_if $l (local.tee $n (i32.sub (local.get $n) (i32.const 1)))))))

;; function 0 (export "f"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000048
;;     1e: mov     r10d,[rbp+0x10]
;;     23: mov     r11,[r14]
;;     28: cmp     dword ptr [r11+0x14],0
;;     31: jne     0x000000000000009B
;;     37: sub     r10d,1
;;     3b: test    r10d,r10d
;;     3e: jne     0x0000000000000023
;;     44: leave
;;     45: ret     8
;;     48: cmp     dword ptr [r11+0x14],0
;;     51: jne     0x0000000000000067
;;     57: cmp     rax,[r11+0x38]
;;     5c: jb      0x0000000000000081
;;     62: jmp     0x000000000000001E
;;     67: mov     r11,[r14]
;;     6c: mov     qword ptr [r11+0x18],0x1E
;;     75: mov     eax,0xA
;;     7b: mov     rsp,[r11+8]
;;     80: ret
;;     81: mov     r11,[r14]
;;     86: mov     qword ptr [r11+0x18],0x1E
;;     8f: mov     eax,9
;;     95: mov     rsp,[r11+8]
;;     9a: ret
;;     9b: mov     r11,[r14]
;;     a0: mov     qword ptr [r11+0x18],0x1F
;;     a9: mov     eax,0xA
;;     af: mov     rsp,[r11+8]
;;     b4: ret
